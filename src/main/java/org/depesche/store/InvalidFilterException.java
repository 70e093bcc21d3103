package org.depesche.store;

/**
 * A filter value that {@link EventFilter#parse} cannot take. It names the parameter neutrally ({@code quad}), so
 * each front end can say it its own way: the command line as the option {@code --quad}, the web API as the query
 * parameter {@code quad}.
 */
public final class InvalidFilterException extends IllegalArgumentException {
  private final String parameter;
  private final String problem;

  InvalidFilterException(String parameter, String problem) {
    super(parameter + " " + problem);
    this.parameter = parameter;
    this.problem = problem;
  }

  /** The parameter's name, as in {@link EventFilter#PARAMETERS}. */
  public String parameter() {
    return parameter;
  }

  /** What is wrong with its value, to follow the name: "takes 1 to 4, not '9'". */
  public String problem() {
    return problem;
  }
}
