package gov.records.governance.compliance;

/**
 * What the rules say of a group's settings in force ({@code current}) and of proposed
 * ones ({@code proposed}), both from one read of the group's facts.
 */
public record ProposedAssessment(GroupAssessment current, GroupAssessment proposed) {
}
