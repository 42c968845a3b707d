package kr.dolbom.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.ValidationFailed;

/** quality.md "Bad input" for the directory CSV: header, columns, encodings, BOM, empty file, formulas. */
class DirectoryCsvTests {

	private static final String HEADER = String.join(",", DirectoryCsv.HEADER);

	private static ProviderRecord provider(String name, String description) {
		var now = OffsetDateTime.now();
		return new ProviderRecord(new ProviderId(UUID.randomUUID()), name, "307-82-10001", "041-852-1001",
				"충청남도 공주시 신관동 신관로 100", "4415057000", "4415000000", ProviderType.PRIVATE, description, "담당자",
				"010-3100-1001", ProviderStatus.APPROVED, null, ProviderRecord.Source.LOCAL, null, null, null, null, null,
				now, now, null, 0);
	}

	private static List<String> fields(ValidationFailed failure) {
		return failure.problems().stream().map(p -> p.field()).toList();
	}

	@Test
	void cellsASpreadsheetWouldRunAreWrittenAsTextAndReadBack() {
		var p = provider("=HYPERLINK(\"http://x\")", "-2+3 설명");
		var csv = DirectoryCsv.write(List.of(p), Map.of());
		assertThat(csv).contains("'=HYPERLINK").contains("'-2+3 설명").doesNotContain(",=HYPERLINK");
		var read = DirectoryCsv.read(csv.substring(1));
		assertThat(read.get(0).name()).isEqualTo("=HYPERLINK(\"http://x\")");
		assertThat(read.get(0).description()).isEqualTo("-2+3 설명");
		assertThat(DirectoryCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(DirectoryCsv.neutralise("\tcmd")).isEqualTo("'\tcmd");
		assertThat(DirectoryCsv.neutralise("공주시")).isEqualTo("공주시");
	}

	@Test
	void aWrittenDirectoryReadsBackWithItsServicesAndEligibility() {
		var p = provider("공주시종합사회복지관", null);
		var now = OffsetDateTime.now();
		var s = new ServiceRecord(new ServiceId(UUID.randomUUID()), p.id(), "ECO-05", "밑반찬 배달", "ECONOMY", "경제",
				"주 2회", 60, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, ServiceStatus.ACTIVE, null,
				new Eligibility(Set.of(LifeStage.ELDERLY), null, null, null, null,
						Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY)),
				now, now, 0);
		var csv = DirectoryCsv.write(List.of(p), Map.of(p.id(), List.of(s)));
		assertThat(csv).startsWith("\uFEFF" + HEADER);
		var read = DirectoryCsv.read(DirectoryFile.decode(csv.getBytes(StandardCharsets.UTF_8), "UTF-8"));
		assertThat(read).hasSize(1);
		var service = read.get(0).services().get(0);
		assertThat(service.name()).isEqualTo("밑반찬 배달");
		assertThat(service.capacity()).isEqualTo(60);
		assertThat(service.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(service.eligibility()).isEqualTo(s.eligibility());
	}

	@Test
	void aWrongHeaderIsRefusedNamingTheExpectedOne() {
		assertThatThrownBy(() -> DirectoryCsv.read("name,phone\n가,041-000-0000\n"))
				.isInstanceOfSatisfying(ValidationFailed.class, f -> {
					assertThat(fields(f)).containsExactly("file");
					assertThat(f.problems().get(0).messageKey()).isEqualTo("validation.resource.import.header");
				});
	}

	@Test
	void badRowsAreReportedWithTheirLineNumbersAllAtOnce() {
		var empty = ",".repeat(DirectoryCsv.HEADER.size() - 1);
		var text = HEADER + "\n" + "a,가,,041-000-0000,주소,4415057000,PRIVATE" + empty.substring(6) + "\n" + "x,y\n"
				+ "b,나,,041-000-0001,주소,4415057000,NONPROFIT" + empty.substring(6) + "\n";
		assertThatThrownBy(() -> DirectoryCsv.read(text)).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(fields(f)).containsExactly("rows[3]", "rows[4].provider_type"));
	}

	@Test
	void anEmptyFileOrOnlyAHeaderIsRefused() {
		assertThatThrownBy(() -> DirectoryFile.decode(new byte[0], null)).isInstanceOf(ValidationFailed.class);
		assertThatThrownBy(() -> DirectoryFile.decode("\uFEFF  \n".getBytes(StandardCharsets.UTF_8), "UTF-8"))
				.isInstanceOf(ValidationFailed.class);
		assertThatThrownBy(() -> DirectoryCsv.read(HEADER + "\n")).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(f.problems().get(0).messageKey()).isEqualTo("validation.resource.import.empty"));
	}

	@Test
	void eucKrAndCp949FilesAreReadWhenDeclaredAndRefusedWhenNot() {
		var text = "공주시 푸드뱅크, 똠방각하";
		var cp949 = text.getBytes(Charset.forName("x-windows-949"));
		assertThat(DirectoryFile.decode(cp949, "CP949")).isEqualTo(text);
		var eucKr = "공주시 푸드뱅크".getBytes(Charset.forName("EUC-KR"));
		assertThat(DirectoryFile.decode(eucKr, "EUC-KR")).isEqualTo("공주시 푸드뱅크");
		assertThatThrownBy(() -> DirectoryFile.decode(cp949, "UTF-8")).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(f.problems().get(0).messageKey()).isEqualTo("validation.resource.import.encoding"));
		assertThatThrownBy(() -> DirectoryFile.decode(cp949, "LATIN-9")).isInstanceOf(ValidationFailed.class);
	}

	@Test
	void aUtf8ByteOrderMarkIsIgnored() {
		var withBom = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8);
		assertThat(DirectoryFile.decode(withBom, null)).isEqualTo(HEADER);
	}
}
