"""The Follow-up area: the board of commitments overdue and due soon."""
