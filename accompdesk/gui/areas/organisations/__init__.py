"""The Organisations area: the list (common.record_list) and the organisation form."""
