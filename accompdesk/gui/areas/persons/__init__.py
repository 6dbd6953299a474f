"""The Defenders area: the list (common.record_list), a defender's page, the person form."""
