package dev.vigil.export;

/**
 * The labels of one alert series: the rule's canonical text, its severity, and the group of the
 * process it is about ("" for the machine's rules). Never a PID or a command line.
 */
record AlertRow(String rule, String severity, String groupname) {
}
