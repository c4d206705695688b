package io.github.doctor409.guide;

import java.net.URI;
import java.util.List;

/** What a step offers to do: a fix this build can run, steps to follow by hand, the report, or the monitor. */
public sealed interface StepAction {

    /** Spotify's help site, where support is reached. */
    URI SUPPORT_PAGE = URI.create("https://support.spotify.com/");

    /** A fix from the catalog; the instructions remain for those who prefer doing it by hand. */
    record RunFix(String fixId, String label, String description, List<Instruction> instructions) implements StepAction {
        public RunFix {
            instructions = List.copyOf(instructions);
        }
    }

    record FollowInstructions(List<Instruction> instructions) implements StepAction {
        public FollowInstructions {
            instructions = List.copyOf(instructions);
        }
    }

    /** Copy the redacted report, then open Spotify's support page. */
    record SendReport(URI supportPage, List<Instruction> instructions) implements StepAction {
        public SendReport {
            instructions = List.copyOf(instructions);
        }
    }

    /** Re-run the network and sign-in checks every few seconds until all is green. */
    record StartMonitor(List<Instruction> instructions) implements StepAction {
        public StartMonitor {
            instructions = List.copyOf(instructions);
        }
    }

    /** Steps by hand, whatever the kind of action. */
    List<Instruction> instructions();
}
