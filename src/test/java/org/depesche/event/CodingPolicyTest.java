package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodingPolicyTest {
  @Test
  void the_bundled_policy_names_roots_and_confidences() {
    CodingPolicy policy = CodingPolicy.standard();
    assertThat(policy.roots().protest()).containsExactly("14");
    assertThat(policy.confidence().namedSource()).isGreaterThan(policy.confidence().governingSubject());
  }

  @Test
  void a_missing_key_is_an_error_that_names_it_and_the_file() {
    assertThatThrownBy(() -> CodingPolicy.load("/depesche/event/policy-missing-key.yaml"))
        .hasMessageContaining("policy-missing-key.yaml").hasMessageContaining("indirectReferencePenalty");
  }

  @Test
  void an_unknown_key_is_an_error_that_names_it() {
    assertThatThrownBy(() -> CodingPolicy.load("/depesche/event/policy-unknown-key.yaml"))
        .hasMessageContaining("meetings");
  }

  @Test
  void a_whole_code_where_a_root_belongs_is_an_error() {
    assertThatThrownBy(() -> CodingPolicy.load("/depesche/event/policy-code-for-root.yaml"))
        .hasMessageContaining("two digits").hasMessageContaining("140");
  }

  /** "Ein Asylsuchender wurde angegriffen" is assault; "Saporischschja wurde angegriffen", by the home country, war. */
  @Test
  void an_agentless_attack_is_assault_at_home_and_war_abroad() {
    CodingPolicy.Assault assault = CodingPolicy.standard().assault();
    assertThat(assault.codeFor("190", null, true, true)).isEqualTo("180");
    assertThat(assault.codeFor("190", null, true, false)).isEqualTo("190");
    assertThat(assault.codeFor("190", "CRM", false, false)).isEqualTo("180");
    assertThat(assault.codeFor("190", "MIL", false, true)).isEqualTo("190");
    assertThat(assault.codeFor("173", "CRM", false, true)).isEqualTo("173");
  }
}
