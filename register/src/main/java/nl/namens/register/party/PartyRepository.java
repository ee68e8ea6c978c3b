package nl.namens.register.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;

@ApplicationScoped
class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

  Optional<Party> findByIdentifier(SubjectType type, String identifier) {
    return find("type = ?1 and identifier = ?2", type, identifier).firstResultOptional();
  }
}
