package nl.namens.register.bvd;

import java.util.List;

/** {@code {"principals": [Representation]}}. */
record RepresentationsAnswer(List<Representation> principals) {}
