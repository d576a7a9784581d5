"""The spasm log: what a person records about each spasm, validated, in one transaction each."""
