package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteCountTest {

    @Test
    void bytesAreDescribedInTheLargestFittingUnit() {
        assertThat(ByteCount.describe(0)).isEqualTo("0 bytes");
        assertThat(ByteCount.describe(1)).isEqualTo("1 byte");
        assertThat(ByteCount.describe(1023)).isEqualTo("1023 bytes");
        assertThat(ByteCount.describe(1536)).isEqualTo("1.5 KB");
        assertThat(ByteCount.describe(50L * 1024 * 1024)).isEqualTo("50 MB");
        assertThat(ByteCount.describe(1288490189L)).isEqualTo("1.2 GB");
        assertThat(ByteCount.describe(Long.MAX_VALUE)).endsWith("TB");
    }
}
