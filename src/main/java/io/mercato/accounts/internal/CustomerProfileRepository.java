package io.mercato.accounts.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerProfileRepository extends JpaRepository<CustomerProfile, UUID> {

}
