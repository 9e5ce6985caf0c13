package org.guildmark.core.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.adl.Adl;
import org.guildmark.core.code.AssessmentMethod;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Attestation;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.dossier.Production;
import org.guildmark.core.evidence.c2pa.C2paEvidence;
import org.guildmark.core.evidence.c2pa.C2paManifests;
import org.guildmark.core.evidence.mlbom.MlBom;
import org.guildmark.core.evidence.mlbom.MlBomReader;
import org.guildmark.core.rates.RateSchedule;

/**
 * What a rule may know: the dossier's header with lookups, the day the audit speaks for, the rate schedule, the
 * evidence files the dossier names beside it (each AI tool completed by its ML-BOM, C2PA manifests), and, once
 * the assets have streamed past, the ADL and the AI work they showed.
 */
public final class AuditContext {
    private final DossierIndex index;
    private final LocalDate asOf;
    private final Path dossierDirectory;
    private RateSchedule rateSchedule;
    private final Map<String, Consent> consentsAsOf = new HashMap<>();
    private final Map<Integer, EffectiveTool> effectiveTools = new HashMap<>();
    private final AiWork aiWork = new AiWork();
    private final C2paManifests manifests;
    private Adl adl;
    private Map<ConsentQuery, ConsentDecision> registryDecisions = Map.of();

    /** @param dossierDirectory the dossier's directory, against which the paths it names (ML-BOMs, manifests) resolve */
    public AuditContext(DossierIndex index, LocalDate asOf, RateSchedule rateSchedule, Path dossierDirectory) {
        this.index = index;
        this.asOf = asOf;
        this.dossierDirectory = dossierDirectory;
        this.rateSchedule = rateSchedule;
        this.manifests = new C2paManifests(dossierDirectory);
        Instant endOfAsOf = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Consent c : index.dossier().consents()) {
            // A revocation after the audit's date had not happened yet on that date.
            boolean revokedLater = c.revokedAt() != null && !c.revokedAt().isBefore(endOfAsOf);
            consentsAsOf.putIfAbsent(c.id(), revokedLater ? withoutRevocation(c) : c);
        }
    }

    private static Consent withoutRevocation(Consent c) {
        return new Consent(c.index(), c.id(), c.person(), c.grantedBy(), c.givenAt(), c.aspects(), c.purposes(),
                c.scope(), c.validFrom(), c.validUntil(), c.compensation(), c.revocation(), c.deletion(),
                c.informed(), c.approvals(), null);
    }

    public DossierIndex index() {
        return index;
    }

    public Dossier dossier() {
        return index.dossier();
    }

    public Production production() {
        return index.dossier().production();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The rate schedule the dossier names, or empty if it names none. */
    public Optional<RateSchedule> rateSchedule() {
        return Optional.ofNullable(rateSchedule);
    }

    /** The consent as it stood on the audit's date. */
    public Optional<Consent> consent(String id) {
        return Optional.ofNullable(consentsAsOf.get(id));
    }

    /** Decisions a consent registry gave for this dossier's registered people (empty: no registry asked). */
    public void useRegistryDecisions(Map<ConsentQuery, ConsentDecision> decisions) {
        this.registryDecisions = Map.copyOf(decisions);
    }

    /** The registry's decision for a query, if a registry was asked about it. */
    public Optional<ConsentDecision> registryDecision(ConsentQuery query) {
        return Optional.ofNullable(registryDecisions.get(query));
    }

    /**
     * When the asset was made, for consent checks: {@code ai.generatedAt}, else the production date, else the
     * audit's date.
     */
    public Instant madeAt(Asset asset) {
        if (asset.ai() != null && asset.ai().generatedAt() != null) {
            return asset.ai().generatedAt();
        }
        LocalDate day = production().productionDate() != null ? production().productionDate() : asOf;
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The tool as the rules judge it; its ML-BOM, if it names one, is read on the first call only. */
    public EffectiveTool effective(AiTool tool) {
        return effectiveTools.computeIfAbsent(tool.index(), i -> EffectiveTool.of(tool, mlBom(tool)));
    }

    /** Every AI tool of the dossier, as the rules judge it. */
    public List<EffectiveTool> effectiveTools() {
        return dossier().aiTools().stream().map(this::effective).toList();
    }

    private Optional<MlBom> mlBom(AiTool tool) {
        String reference = tool.trainingData() == null ? null : tool.trainingData().mlBom();
        if (reference == null) {
            return Optional.empty();
        }
        return Optional.of(new MlBomReader().read(dossierDirectory.resolve(reference).normalize()));
    }

    /** The C2PA manifest at {@code path} (relative to the dossier), read once per audit however many name it. */
    public C2paEvidence c2paManifest(String path) {
        return manifests.manifest(path);
    }

    public AiWork aiWork() {
        return aiWork;
    }

    /** The computed ADL; available to dossier rules only, after every asset was seen. */
    public Adl adl() {
        if (adl == null) {
            throw new IllegalStateException("the ADL is known only after all assets were read");
        }
        return adl;
    }

    void useRateSchedule(RateSchedule schedule) {
        this.rateSchedule = schedule;
    }

    void complete(Adl computed) {
        this.adl = computed;
    }

    /** The clauses of the AIMEG Code assessed by {@code method} that no attestation in the dossier covers. */
    public List<Clause> unattested(AssessmentMethod method) {
        Set<String> attested = dossier().attestations().stream().map(Attestation::clause).collect(Collectors.toSet());
        return Catalogs.aimeg().clausesAssessedBy(method).stream().filter(c -> !attested.contains(c.id())).toList();
    }

    /** IATSE rules switch on when the production is covered by an IATSE agreement. */
    public boolean iatseProduction() {
        return production().coveredBy("IATSE");
    }
}
