"""Tests of the diary's storage: the Database object, the models and the schema steps."""
