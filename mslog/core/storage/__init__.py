"""The diary's storage: the one Database object, the table models and the schema steps."""
