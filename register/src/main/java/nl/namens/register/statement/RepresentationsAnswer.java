package nl.namens.register.statement;

import java.util.List;

/** {@code {"principals": [Representation], "total": n}}: one page, and how many match in all. */
public record RepresentationsAnswer(List<Representation> principals, int total) {}
