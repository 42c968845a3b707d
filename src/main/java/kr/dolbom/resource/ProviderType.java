package kr.dolbom.resource;

/** 공공 (public body, e.g. 보건소) or 민간 (private agency, e.g. 종합사회복지관). */
public enum ProviderType {
	PUBLIC, PRIVATE
}
