// Empty until the photo pipeline lands (issue 4).
