// Empty until the HTTP layer lands (issue 5).
