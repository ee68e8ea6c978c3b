package nl.namens.keycloak.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.dom.saml.v2.assertion.NameIDType;
import org.keycloak.models.UserModel;

class SimLegalSubjectMapperTest {

  @Test
  void aKvkNumberIsQualifiedAsOne() {
    UserModel user = mock(UserModel.class);
    when(user.getFirstAttribute("kvk")).thenReturn("90000001");

    NameIDType nameId = SimLegalSubjectMapper.legalSubject(user);

    assertEquals("90000001", nameId.getValue());
    assertEquals("urn:etoegang:1.9:EntityConcernedID:KvKnr", nameId.getNameQualifier());
  }

  @Test
  void anRsinIsQualifiedAsOne() {
    UserModel user = mock(UserModel.class);
    when(user.getFirstAttribute("rsin")).thenReturn("812345605");

    NameIDType nameId = SimLegalSubjectMapper.legalSubject(user);

    assertEquals("812345605", nameId.getValue());
    assertEquals("urn:etoegang:1.9:EntityConcernedID:RSIN", nameId.getNameQualifier());
  }

  @Test
  void noCompanyNoAttribute() {
    assertNull(SimLegalSubjectMapper.legalSubject(mock(UserModel.class)));
  }
}
