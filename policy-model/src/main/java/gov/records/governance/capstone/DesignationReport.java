package gov.records.governance.capstone;

/**
 * What a designation run did: accounts newly designated, accounts whose designation was
 * already in force, new suggestions waiting for a records officer, and the accounts with
 * a position title that were compared.
 */
public record DesignationReport(int designated, int unchanged, int suggested, int compared) {

}
