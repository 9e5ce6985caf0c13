package org.guildmark.core.audit.rules;

import java.util.Set;

/** The built-in role keys: traditional crafts and the AI-era roles the Code names. */
public final class Roles {
    public static final Set<String> EMERGENT = Set.of("prompter", "ai-pipeline-engineer", "creative-supervisor",
            "synthetic-performance-director", "dataset-curator", "model-trainer", "ai-ethics-officer");

    public static final Set<String> TRADITIONAL = Set.of("director", "writer", "producer", "cinematographer",
            "camera-operator", "editor", "colorist", "composer", "sound-designer", "re-recording-mixer",
            "production-designer", "art-director", "costume-designer", "makeup-artist", "vfx-artist",
            "vfx-supervisor", "animator", "storyboard-artist", "concept-artist", "lighting-technician", "grip",
            "script-supervisor", "performer", "voice-actor", "background-performer", "translator",
            "dubbing-artist", "executive-producer", "line-producer", "assistant-director", "casting-director",
            "gaffer", "best-boy", "production-sound-mixer", "boom-operator", "foley-artist", "music-supervisor",
            "set-decorator", "props-master", "hair-stylist", "stunt-coordinator", "stunt-performer",
            "location-manager", "production-manager", "journalist", "presenter", "researcher", "narrator",
            "graphic-designer", "motion-designer", "layout-artist", "compositor", "matte-painter",
            "character-designer", "background-artist", "rigger", "modeler", "texture-artist");

    private Roles() {
    }

    public static boolean isEmergent(String role) {
        return EMERGENT.contains(role);
    }

    public static boolean isKnown(String role) {
        return EMERGENT.contains(role) || TRADITIONAL.contains(role);
    }
}
