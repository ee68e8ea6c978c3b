package nl.namens.keycloak.broker;

import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;

/** Who logged in through an identity provider, as the broker stores it. */
interface BrokeredSubject {

  /** The broker username, also used as the federated identity's user id. */
  String username();

  /** The user attributes to store (architecture: "Broker user model"). */
  Map<String, String> userAttributes();

  /** The asserted level of assurance. */
  LevelOfAssurance loa();

  /** User session notes of this login: the LoA ({@link BrokerAttributes#LOA_NOTE}) and more. */
  default Map<String, String> sessionNotes() {
    return Map.of(BrokerAttributes.LOA_NOTE, loa().code());
  }
}
