package kr.dolbom.consultation;

/** A need domain of the 2023 instrument (경제, 돌봄, …), reference data. */
public record NeedDomain(String code, String name, int order) {
}
