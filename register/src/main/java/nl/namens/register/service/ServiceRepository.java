package nl.namens.register.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ServiceRepository implements PanacheRepositoryBase<Service, UUID> {}
