package org.guildmark.core.dossier;

/** Closed vocabularies of the dossier format; each constant's wire form comes from {@link Wire}. */
public final class Enums {
    private Enums() {
    }

    public enum ProductionType {
        FEATURE, SERIES, EPISODE, SHORT, DOCUMENTARY, NEWS, EDUCATIONAL, COMMERCIAL, MUSIC_VIDEO, INTERACTIVE, OTHER;

        /** Clause 7.2 applies to synthetic news, documentary and educational content. */
        public boolean isFactual() {
            return this == NEWS || this == DOCUMENTARY || this == EDUCATIONAL;
        }
    }

    public enum PersonCategory { ADULT, MINOR, DECEASED, VULNERABLE }

    public enum RepresentativeRelation { GUARDIAN, ESTATE, CONSERVATOR, AGENT }

    public enum RateUnit { HOUR, DAY, WEEK, FLAT }

    public enum ToolKind { GENERATIVE, ASSISTIVE, ANALYTIC }

    public enum Sourcing {
        LICENSED, PUBLIC_DOMAIN, OPEN_LICENSE, PROPRIETARY_CONSENTED, MIXED, UNDISCLOSED, UNLICENSED
    }

    public enum AssetKind {
        SHOT, DIALOGUE, VOICE, MUSIC, SOUND, SCRIPT, STILL, ARTWORK, GRAPHICS, SUBTITLE, MARKETING
    }

    public enum AiUse {
        NONE, ASSISTED, ENHANCED, COMPOSITE, GENERATED;

        /** Composite and generated assets put AI output into the work itself. */
        public boolean putsAiOutputInWork() {
            return this == COMPOSITE || this == GENERATED;
        }
    }

    public enum Aspect {
        FACE, BODY, VOICE, PERFORMANCE, NAME
    }

    public enum Purpose { SYNTHETIC_MEDIA, DIGITAL_ALTERATION, MODEL_TRAINING }

    public enum CompensationBasis { FLAT, PER_USE, ROYALTY, SCALE }

    public enum ApprovalRelation { GUARDIAN, ESTATE, CONSERVATOR, COURT, HEIGHTENED_REVIEW }

    public enum SupportType { RETRAINING, TRANSITION, SEVERANCE, REDEPLOYMENT }

    public enum ClaimAssertion { NO_AI, HUMAN_MADE, AI_ASSISTED, AI_GENERATED, ADL }

    public enum Label { AI_GENERATED, AI_ASSISTED, SYNTHETIC_PERSON, DEEPFAKE_NOTICE }
}
