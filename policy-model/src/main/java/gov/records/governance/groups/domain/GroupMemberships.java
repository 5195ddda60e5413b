package gov.records.governance.groups.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The group memberships repository. */
public interface GroupMemberships extends JpaRepository<GroupMembership, GroupMembership.Key> {

}
