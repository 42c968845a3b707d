package kr.dolbom.deadline.internal;

import java.time.LocalDate;

/** A public holiday of the reference data; kind is STATUTORY, SUBSTITUTE, ELECTION or TEMPORARY. */
public record Holiday(LocalDate day, String name, String kind) {
}
