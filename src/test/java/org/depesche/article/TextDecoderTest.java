package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void reads_utf8() {
    assertThat(TextDecoder.decode("Präsident Selenskyj".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("Präsident Selenskyj");
  }

  @Test
  void reads_latin1_when_bytes_are_not_utf8() {
    assertThat(TextDecoder.decode("Außenminister in Moskau".getBytes(Charset.forName("ISO-8859-1"))))
        .isEqualTo("Außenminister in Moskau");
  }

  @Test
  void refuses_empty_and_binary_input() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
        .hasMessage("binary data, not text");
  }
}
