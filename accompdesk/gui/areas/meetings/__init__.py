"""The Meetings area: meetings with authorities, the meeting and commitment forms and their editors."""
