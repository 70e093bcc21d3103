package org.depesche.event;

import java.util.List;

/**
 * A CAMEO event code with what the reference tables say about it.
 *
 * @param cameo      the code, 2 to 4 digits with the leading zero ("041")
 * @param root       its first two digits
 * @param name       CAMEO's short name
 * @param plover     PLOVER event type, or null (PLOVER has none for plain statements)
 * @param mode       PLOVER mode, or null
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  Goldstein weight, -10 to +10
 * @param contexts   PLOVER contexts
 */
public record EventType(String cameo, String root, String name, String plover, String mode, int quadClass,
    double goldstein, List<String> contexts) {}
