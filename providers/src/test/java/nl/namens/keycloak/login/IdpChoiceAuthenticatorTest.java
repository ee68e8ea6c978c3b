package nl.namens.keycloak.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;

class IdpChoiceAuthenticatorTest {

  private final IdpChoiceAuthenticatorFactory factory = new IdpChoiceAuthenticatorFactory();
  private AuthenticationFlowContext context;
  private LoginFormsProvider forms;
  private Response page;

  @BeforeEach
  void setUp() {
    context = mock(AuthenticationFlowContext.class);
    forms = mock(LoginFormsProvider.class);
    page = mock(Response.class);
    when(context.form()).thenReturn(forms);
    when(forms.createForm("namens-idp-choice.ftl")).thenReturn(page);
  }

  @Test
  void showsTheIdentityProviderChoicePage() {
    factory.create(null).authenticate(context);

    verify(context).challenge(page);
    verify(context, never()).success();
  }

  @Test
  void postingToThePageShowsItAgain() {
    factory.create(null).action(context);

    verify(forms, times(1)).createForm("namens-idp-choice.ftl");
    verify(context).challenge(page);
    verify(context, never()).success();
  }

  @Test
  void needsNoUserAndNoConfiguration() {
    assertFalse(factory.create(null).requiresUser());
    assertTrue(factory.create(null).configuredFor(null, null, null));
    assertFalse(factory.isConfigurable());
    assertFalse(factory.isUserSetupAllowed());
    assertTrue(factory.getConfigProperties().isEmpty());
  }

  @Test
  void factoryDescribesTheProvider() {
    assertEquals("namens-idp-choice", factory.getId());
    assertSame(factory.create(null), factory.create(null));
    assertArrayEquals(
        new Requirement[] {Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED},
        factory.getRequirementChoices());
  }
}
