package org.guildmark.app.labor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The guild's rate schedules: every signed-in account reads them and downloads a version as CSV; admins and
 * officers create schedules and import new versions. A refused form comes back with every problem, nothing typed
 * lost and nothing stored.
 */
@Controller
@RequestMapping(RatePages.PATH)
class RatePages {

    static final String PATH = "/rates";
    /** Larger than any schedule a guild keeps; the servlet's own limit is higher. */
    static final int MAXIMUM_BYTES = 1024 * 1024;

    private final GuildRateSchedules schedules;

    RatePages(GuildRateSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        return listView(auth, model, "", "", List.of());
    }

    @PostMapping
    String create(Authentication auth, @RequestParam(required = false) String code,
            @RequestParam(required = false) String title, Model model) {
        try {
            GuildRateSchedule s = schedules.create(auth.getName(), code, title);
            return "redirect:" + PATH + "/" + s.code() + "?created";
        } catch (LaborRefusal.Invalid invalid) {
            return listView(auth, model, code, title, invalid.problems());
        }
    }

    @GetMapping("/{code}")
    String schedule(Authentication auth, @PathVariable String code, @RequestParam(required = false) Integer version,
            Model model) {
        return scheduleView(auth, code, version, model, "", "", List.of());
    }

    @PostMapping("/{code}/versions")
    String importVersion(Authentication auth, @PathVariable String code,
            @RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file, Model model) {
        schedules.schedule(code);
        LocalDate from = null;
        try {
            if (effectiveFrom != null && !effectiveFrom.isBlank()) {
                from = LocalDate.parse(effectiveFrom.trim());
            }
        } catch (DateTimeParseException e) {
            return scheduleView(auth, code, null, model, effectiveFrom, note, List.of(new LineProblem(0,
                    "effectiveFrom", "'" + effectiveFrom + "' is not a date; write YYYY-MM-DD.")));
        }
        try {
            byte[] bytes = null;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > MAXIMUM_BYTES) {
                    return scheduleView(auth, code, null, model, effectiveFrom, note, List.of(new LineProblem(0,
                            "file", "The file is larger than 1 MiB; split the schedule into versions.")));
                }
                bytes = file.getBytes();
            }
            RateScheduleVersion v = schedules.importVersion(auth.getName(), code, from, note,
                    file == null ? null : file.getOriginalFilename(), bytes);
            return "redirect:" + PATH + "/" + code + "?version=" + v.number() + "&imported";
        } catch (LaborRefusal.Invalid invalid) {
            return scheduleView(auth, code, null, model, effectiveFrom, note, invalid.problems());
        } catch (IOException e) {
            return scheduleView(auth, code, null, model, effectiveFrom, note,
                    List.of(new LineProblem(0, "file", "The upload did not arrive whole; try again.")));
        }
    }

    @GetMapping("/{code}/versions/{number}.csv")
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable int number) {
        byte[] csv = schedules.exportCsv(code, number).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-v" + number + ".csv").build().toString())
                .body(csv);
    }

    private String listView(Authentication auth, Model model, String code, String title, List<LineProblem> problems) {
        model.addAttribute("schedules", schedules.schedules());
        model.addAttribute("editor", LaborRoles.editsRates(auth));
        model.addAttribute("code", code);
        model.addAttribute("title", title);
        model.addAttribute("problems", problems);
        return "labor/rates";
    }

    private String scheduleView(Authentication auth, String code, Integer number, Model model, String effectiveFrom,
            String note, List<LineProblem> problems) {
        GuildRateSchedule schedule = schedules.schedule(code);
        List<GuildRateSchedules.Standing> history = schedules.history(code);
        GuildRateSchedules.Standing shown = number == null
                ? history.stream().filter(GuildRateSchedules.Standing::inForceToday).findFirst()
                        .orElse(history.isEmpty() ? null : history.get(0))
                : history.stream().filter(s -> s.version().number() == number).findFirst()
                        .orElseThrow(() -> new LaborRefusal.NotFound("Schedule " + code + " has no version "
                                + number + "."));
        model.addAttribute("schedule", schedule);
        model.addAttribute("history", history);
        model.addAttribute("shown", shown);
        model.addAttribute("rates", shown == null ? List.of() : schedules.rates(shown.version()));
        model.addAttribute("editor", LaborRoles.editsRates(auth));
        model.addAttribute("effectiveFrom", effectiveFrom);
        model.addAttribute("note", note);
        model.addAttribute("problems", problems);
        model.addAttribute("columns", String.join(",", RateCsv.COLUMNS));
        return "labor/schedule";
    }
}
