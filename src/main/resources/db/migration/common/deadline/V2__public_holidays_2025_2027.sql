-- Public holidays of 2025–2027 for the working-day calendar (domain.md §5): 관공서의 공휴일에 관한
-- 규정 §2 (holidays), §3 (대체공휴일: 설·추석 연휴 on a Sunday or another holiday; 3·1절, 광복절,
-- 개천절, 한글날, 어린이날 and, since 2023, 부처님 오신 날 and 기독탄신일 on a Saturday, Sunday or
-- another holiday — never for 1월 1일 or 현충일), 공휴일에 관한 법률 §2-9 (선거일) and §2-10
-- (임시공휴일).
--
-- Lunar dates (설날 = 음력 1/1, 부처님 오신 날 = 음력 4/8, 추석 = 음력 8/15) were checked against the
-- Korean lunisolar calendar (ICU DangiCalendar) for all three years, and for 2025 and 2026 against the
-- published holiday lists (한국천문연구원 월력요항 as reported by the press).
--
-- Rule for uncertain days: a day is listed only when it is certain. A missing holiday can make a
-- due date earlier, never later than the law allows; an administrator adds a confirmed day later as
-- a nationwide closure on the calendar page (or a new migration adds it).
-- Left out as uncertain:
--   * 2026-05-01 노동절: the government announced in December 2025 that it would make it a public
--     holiday for officials too; no enactment was found. It stays a working day for 관공서.
--   * 2027-07-19 대체공휴일(제헌절): 제헌절 is a public holiday again from 2026 (below); whether §3
--     gives it a substitute day when it falls on Saturday 2027-07-17 depends on the follow-up
--     amendment of the 규정, which was not found.
--   * 2027 임시공휴일: none designated at the time of writing.

INSERT INTO public_holiday_year (calendar_year, source) VALUES
  (2025, '2025년 월력요항(한국천문연구원, 2024-06-20); 임시공휴일 1/27 국무회의 2025-01-08, 6/3 대통령 선거일 임시공휴일 국무회의 2025-04-08; 10/10은 지정되지 않음'),
  (2026, '2026년 월력요항; 제9회 전국동시지방선거 6/3; 제헌절 공휴일 재지정(공휴일에 관한 법률 개정, 국회 의결 2026-01-29, 공포안 국무회의 2026-02-03, 공포 후 3개월 시행)'),
  (2027, '음력 날짜는 한국 음양력(ICU DangiCalendar)으로 계산·검증, 대체공휴일은 관공서의 공휴일에 관한 규정 §3; 선거 없음(대통령·지방 2030년, 국회의원 2028년)');

INSERT INTO public_holiday (holiday_on, name, kind) VALUES
  -- 2025
  (DATE '2025-01-01', '1월 1일', 'STATUTORY'),
  (DATE '2025-01-27', '임시공휴일', 'TEMPORARY'),
  (DATE '2025-01-28', '설날 전날', 'STATUTORY'),
  (DATE '2025-01-29', '설날', 'STATUTORY'),
  (DATE '2025-01-30', '설날 다음 날', 'STATUTORY'),
  (DATE '2025-03-01', '3·1절', 'STATUTORY'),
  (DATE '2025-03-03', '대체공휴일(3·1절)', 'SUBSTITUTE'),
  (DATE '2025-05-05', '어린이날', 'STATUTORY'),
  (DATE '2025-05-05', '부처님 오신 날', 'STATUTORY'),
  (DATE '2025-05-06', '대체공휴일(어린이날·부처님 오신 날)', 'SUBSTITUTE'),
  (DATE '2025-06-03', '제21대 대통령 선거일(임시공휴일)', 'TEMPORARY'),
  (DATE '2025-06-06', '현충일', 'STATUTORY'),
  (DATE '2025-08-15', '광복절', 'STATUTORY'),
  (DATE '2025-10-03', '개천절', 'STATUTORY'),
  (DATE '2025-10-05', '추석 전날', 'STATUTORY'),
  (DATE '2025-10-06', '추석', 'STATUTORY'),
  (DATE '2025-10-07', '추석 다음 날', 'STATUTORY'),
  (DATE '2025-10-08', '대체공휴일(추석)', 'SUBSTITUTE'),
  (DATE '2025-10-09', '한글날', 'STATUTORY'),
  (DATE '2025-12-25', '기독탄신일', 'STATUTORY'),
  -- 2026
  (DATE '2026-01-01', '1월 1일', 'STATUTORY'),
  (DATE '2026-02-16', '설날 전날', 'STATUTORY'),
  (DATE '2026-02-17', '설날', 'STATUTORY'),
  (DATE '2026-02-18', '설날 다음 날', 'STATUTORY'),
  (DATE '2026-03-01', '3·1절', 'STATUTORY'),
  (DATE '2026-03-02', '대체공휴일(3·1절)', 'SUBSTITUTE'),
  (DATE '2026-05-05', '어린이날', 'STATUTORY'),
  (DATE '2026-05-24', '부처님 오신 날', 'STATUTORY'),
  (DATE '2026-05-25', '대체공휴일(부처님 오신 날)', 'SUBSTITUTE'),
  (DATE '2026-06-03', '제9회 전국동시지방선거일', 'ELECTION'),
  (DATE '2026-06-06', '현충일', 'STATUTORY'),
  (DATE '2026-07-17', '제헌절', 'STATUTORY'),
  (DATE '2026-08-15', '광복절', 'STATUTORY'),
  (DATE '2026-08-17', '대체공휴일(광복절)', 'SUBSTITUTE'),
  (DATE '2026-09-24', '추석 전날', 'STATUTORY'),
  (DATE '2026-09-25', '추석', 'STATUTORY'),
  (DATE '2026-09-26', '추석 다음 날', 'STATUTORY'),
  (DATE '2026-10-03', '개천절', 'STATUTORY'),
  (DATE '2026-10-05', '대체공휴일(개천절)', 'SUBSTITUTE'),
  (DATE '2026-10-09', '한글날', 'STATUTORY'),
  (DATE '2026-12-25', '기독탄신일', 'STATUTORY'),
  -- 2027
  (DATE '2027-01-01', '1월 1일', 'STATUTORY'),
  (DATE '2027-02-06', '설날 전날', 'STATUTORY'),
  (DATE '2027-02-07', '설날', 'STATUTORY'),
  (DATE '2027-02-08', '설날 다음 날', 'STATUTORY'),
  (DATE '2027-02-09', '대체공휴일(설날)', 'SUBSTITUTE'),
  (DATE '2027-03-01', '3·1절', 'STATUTORY'),
  (DATE '2027-05-05', '어린이날', 'STATUTORY'),
  (DATE '2027-05-13', '부처님 오신 날', 'STATUTORY'),
  (DATE '2027-06-06', '현충일', 'STATUTORY'),
  (DATE '2027-07-17', '제헌절', 'STATUTORY'),
  (DATE '2027-08-15', '광복절', 'STATUTORY'),
  (DATE '2027-08-16', '대체공휴일(광복절)', 'SUBSTITUTE'),
  (DATE '2027-09-14', '추석 전날', 'STATUTORY'),
  (DATE '2027-09-15', '추석', 'STATUTORY'),
  (DATE '2027-09-16', '추석 다음 날', 'STATUTORY'),
  (DATE '2027-10-03', '개천절', 'STATUTORY'),
  (DATE '2027-10-04', '대체공휴일(개천절)', 'SUBSTITUTE'),
  (DATE '2027-10-09', '한글날', 'STATUTORY'),
  (DATE '2027-10-11', '대체공휴일(한글날)', 'SUBSTITUTE'),
  (DATE '2027-12-25', '기독탄신일', 'STATUTORY'),
  (DATE '2027-12-27', '대체공휴일(기독탄신일)', 'SUBSTITUTE');
