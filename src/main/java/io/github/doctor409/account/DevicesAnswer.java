package io.github.doctor409.account;

import java.util.List;
import java.util.Objects;

/** What {@code GET /v1/me/player/devices} said. Device names and ids are not kept. */
public sealed interface DevicesAnswer {

    /** 200 with the device list. */
    record Ok(List<Device> devices) implements DevicesAnswer {
        public Ok {
            devices = List.copyOf(devices);
        }

        public long activeCount() {
            return devices.stream().filter(Device::active).count();
        }
    }

    /** 401: the token was turned down for this call. */
    record Unauthorized() implements DevicesAnswer {}

    /** 403: not allowed, e.g. a missing {@code user-read-playback-state} scope or an app restriction. */
    record Forbidden() implements DevicesAnswer {}

    record Failed(CallFailure failure) implements DevicesAnswer {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * One Spotify Connect device, without its name or id.
     *
     * @param type e.g. "computer", "smartphone", "speaker"; "unknown" when missing
     */
    record Device(String type, boolean active, boolean restricted) {
        public Device {
            Objects.requireNonNull(type, "type");
        }
    }
}
