"""The Incidents area: the list (common.record_list) and the incident form."""
