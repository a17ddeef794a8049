//! The wall clock of the presenter view, in local time, without a date-time library: the
//! offset from UTC is read from the system's time zone file (`/etc/localtime`, TZif, with the
//! POSIX rule at its end for the years after its last transition). Where there is no such file
//! the clock is not shown, rather than shown wrong.

use std::time::{SystemTime, UNIX_EPOCH};

/// The local time now as "14:05", if the system's time zone can be read.
pub fn local_time_text() -> Option<String> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    let offset = local_offset_secs(now)?;
    let local = (now + offset).rem_euclid(86_400);
    Some(format!("{:02}:{:02}", local / 3600, local / 60 % 60))
}

/// Seconds east of UTC at the instant `utc_secs`, from `/etc/localtime`.
fn local_offset_secs(utc_secs: i64) -> Option<i64> {
    thread_local! {
        static ZONE: Option<Vec<u8>> = std::fs::read("/etc/localtime").ok();
    }
    ZONE.with(|zone| offset_in(zone.as_deref()?, utc_secs))
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    Some(i64::from(i32::from_be_bytes(
        b.get(at..at + 4)?.try_into().ok()?,
    )))
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    Some(i64::from_be_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// The UTC offset of a TZif file at `utc_secs`.
pub fn offset_in(file: &[u8], utc_secs: i64) -> Option<i64> {
    if file.get(..4)? != b"TZif" {
        return None;
    }
    let version = *file.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0; 6];
        for (i, slot) in c.iter_mut().enumerate() {
            *slot = usize::try_from(be32(file, at + 20 + 4 * i)?).ok()?;
        }
        Some(c)
    };
    let [isut, isstd, leap, times, types, chars] = counts(0)?;
    let v1_len = 44 + times * 5 + types * 6 + chars + leap * 8 + isstd + isut;
    // Version 2 and later repeat the data with 64-bit times, then a POSIX rule.
    let (start, time_size) = if version >= b'2' { (v1_len, 8) } else { (0, 4) };
    let [isut, isstd, leap, times, types, chars] = counts(start)?;
    let data = start + 44;
    let time_at = |i: usize| {
        if time_size == 8 {
            be64(file, data + i * 8)
        } else {
            be32(file, data + i * 4)
        }
    };
    let type_index = data + times * time_size;
    let info = type_index + times;
    let offset_of = |t: usize| be32(file, info + t * 6);
    let last_before = (0..times)
        .take_while(|&i| time_at(i).is_some_and(|t| t <= utc_secs))
        .last();
    let footer_start = info + types * 6 + chars + leap * (time_size + 4) + isstd + isut;
    let after_last = times == 0 || last_before == Some(times - 1);
    if version >= b'2' && after_last {
        let footer = file.get(footer_start..)?;
        let text = std::str::from_utf8(footer).ok()?.trim_matches('\n');
        if let Some(offset) = posix_offset(text.lines().next().unwrap_or(""), utc_secs) {
            return Some(offset);
        }
    }
    let t = match last_before {
        Some(i) => usize::from(*file.get(type_index + i)?),
        None => 0,
    };
    offset_of(t)
}

/// The offset a POSIX TZ rule gives at `utc_secs`: "CET-1CEST,M3.5.0,M10.5.0/3", "UTC0".
fn posix_offset(rule: &str, utc_secs: i64) -> Option<i64> {
    let mut rest = rule;
    let name = |rest: &mut &str| -> Option<()> {
        if let Some(quoted) = rest.strip_prefix('<') {
            let end = quoted.find('>')?;
            *rest = &quoted[end + 1..];
        } else {
            let end = rest.find(|c: char| !c.is_ascii_alphabetic())?;
            if end < 3 {
                return None;
            }
            *rest = &rest[end..];
        }
        Some(())
    };
    name(&mut rest)?;
    let (std_west, after) = clock_secs(rest)?;
    rest = after;
    let std_offset = -std_west;
    if rest.is_empty() {
        return Some(std_offset);
    }
    name(&mut rest)?;
    let dst_offset = match clock_secs(rest) {
        Some((west, after)) if !rest.starts_with(',') => {
            rest = after;
            -west
        }
        _ => std_offset + 3600,
    };
    let rest = rest.strip_prefix(',')?;
    let (start_rule, end_rule) = rest.split_once(',')?;
    let year = year_of(utc_secs + std_offset);
    let start = rule_instant(start_rule, year)? - std_offset;
    let end = rule_instant(end_rule, year)? - dst_offset;
    let in_dst = if start < end {
        (start..end).contains(&utc_secs)
    } else {
        !(end..start).contains(&utc_secs)
    };
    Some(if in_dst { dst_offset } else { std_offset })
}

/// A signed [+-]hh[:mm[:ss]] at the start of `text`, in seconds, and what follows.
fn clock_secs(text: &str) -> Option<(i64, &str)> {
    let (sign, body) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    let end = body
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(body.len());
    if end == 0 {
        return None;
    }
    let mut secs = 0;
    for (part, unit) in body[..end].split(':').zip([3600, 60, 1]) {
        secs += part.parse::<i64>().ok()? * unit;
    }
    Some((sign * secs, &body[end..]))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn year_of(secs: i64) -> i64 {
    let days = secs.div_euclid(86_400);
    let mut year = 1970 + days / 366;
    while days_from_civil(year + 1, 1, 1) <= days {
        year += 1;
    }
    year
}

/// Local seconds since the epoch at which "Mm.w.d[/time]" falls in `year`.
fn rule_instant(rule: &str, year: i64) -> Option<i64> {
    let (date, time) = match rule.split_once('/') {
        Some((date, time)) => (date, clock_secs(time)?.0),
        None => (rule, 7200),
    };
    let mut parts = date.strip_prefix('M')?.split('.');
    let month: i64 = parts.next()?.parse().ok()?;
    let week: i64 = parts.next()?.parse().ok()?;
    let weekday: i64 = parts.next()?.parse().ok()?;
    let first = days_from_civil(year, month, 1);
    let first_weekday = (first + 4).rem_euclid(7); // 1970-01-01 was a Thursday
    let mut day = first + (weekday - first_weekday).rem_euclid(7) + (week - 1) * 7;
    let next_month = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    while day >= next_month {
        day -= 7;
    }
    Some(day * 86_400 + time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_rules_give_summer_and_winter_time() {
        let rule = "CET-1CEST,M3.5.0,M10.5.0/3";
        // 2026-07-01 12:00 UTC: summer, +2 h.
        let summer = days_from_civil(2026, 7, 1) * 86_400 + 12 * 3600;
        assert_eq!(posix_offset(rule, summer), Some(7200));
        // 2026-12-01: winter, +1 h.
        let winter = days_from_civil(2026, 12, 1) * 86_400;
        assert_eq!(posix_offset(rule, winter), Some(3600));
        // Summer time starts 2026-03-29 at 01:00 UTC.
        let start = days_from_civil(2026, 3, 29) * 86_400 + 3600;
        assert_eq!(posix_offset(rule, start - 1), Some(3600));
        assert_eq!(posix_offset(rule, start), Some(7200));
        assert_eq!(posix_offset("UTC0", summer), Some(0));
        assert_eq!(posix_offset("<-03>3", summer), Some(-3 * 3600));
        let sydney = "AEST-10AEDT,M10.1.0,M4.1.0/3";
        assert_eq!(posix_offset(sydney, summer), Some(10 * 3600));
        assert_eq!(posix_offset(sydney, winter), Some(11 * 3600));
    }

    #[test]
    fn a_zone_file_without_transitions_uses_its_rule() {
        // A minimal TZif version 2 file for UTC, as zic writes it.
        let mut file = Vec::new();
        for _ in 0..2 {
            file.extend_from_slice(b"TZif2");
            file.extend_from_slice(&[0; 15]);
            for count in [0u32, 0, 0, 0, 1, 4] {
                file.extend_from_slice(&count.to_be_bytes());
            }
            file.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
            file.extend_from_slice(b"UTC\0");
        }
        file.extend_from_slice(b"\nCET-1\n");
        assert_eq!(offset_in(&file, 0), Some(3600));
        assert_eq!(offset_in(b"nonsense", 0), None);
    }
}
