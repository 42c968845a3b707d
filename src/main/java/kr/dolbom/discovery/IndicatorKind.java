package kr.dolbom.discovery;

/**
 * An indicator kind (발굴변수) as reference data: the agency that sends it, the points one member's
 * indicator adds to the household score, and whether it is utility-based (단전/단수/단가스/전기료체납,
 * shown on the map).
 */
public record IndicatorKind(String code, String name, String agency, int weight, boolean utility) {
}
