package org.guildmark.app.labor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The minimum rates in force, for programs: any signed-in account, or a token, reads them. */
@RestController
@RequestMapping("/api/v1/rate-schedules")
class RateSchedulesApi {

    private final GuildRateSchedules schedules;
    private final Clock clock;

    RateSchedulesApi(GuildRateSchedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /** A version's rate as JSON: amounts are decimal strings, never numbers, so nothing is rounded on the way. */
    record Rate(String role, String kind, String unit, String tier, String minimum, String currency,
                LocalDate validFrom, LocalDate validUntil) {
    }

    record InForce(String schedule, String title, int version, LocalDate effectiveFrom, LocalDate on,
                   List<Rate> rates) {
    }

    @GetMapping
    List<Map<String, String>> list() {
        return schedules.schedules().stream().map(s -> Map.of("code", s.code(), "title", s.title())).toList();
    }

    /** The version in force on {@code on} (default today), optionally one tier of it. */
    @GetMapping("/{code}/rates")
    InForce inForce(@PathVariable String code, @RequestParam(required = false) String tier,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        GuildRateSchedule schedule = schedules.schedule(code);
        RateScheduleVersion version = schedules.versionInForce(code, date).orElseThrow(() ->
                new LaborRefusal.NotFound("No version of " + code + " is in force on " + date + "."));
        List<Rate> rates = schedules.rates(version).stream()
                .filter(r -> tier == null || r.tier().equals(tier))
                .map(r -> new Rate(r.role(), r.kind().code(), RateCsv.code(r.unit()), r.tier(),
                        r.minimum().amount().toPlainString(), r.minimum().currency(), r.validFrom(), r.validUntil()))
                .toList();
        return new InForce(code, schedule.title(), version.number(), version.effectiveFrom(), date, rates);
    }
}
