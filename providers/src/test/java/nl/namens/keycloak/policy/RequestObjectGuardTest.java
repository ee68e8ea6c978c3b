package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestObjectGuardTest {

  @Test
  void onlyARealAlgorithmRequiresASignature() {
    assertTrue(RequestObjectGuard.requiresSignature("PS256"));
    assertTrue(RequestObjectGuard.requiresSignature("RS256"));
    assertFalse(RequestObjectGuard.requiresSignature(null), "not registered: Keycloak accepts alg none");
    assertFalse(RequestObjectGuard.requiresSignature("any"));
    assertFalse(RequestObjectGuard.requiresSignature("none"));
    assertFalse(RequestObjectGuard.requiresSignature("NONE "));
    assertFalse(RequestObjectGuard.requiresSignature(""));
  }
}
