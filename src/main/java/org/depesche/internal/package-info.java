/** Plumbing shared by the domain packages; not part of Depesche's API, may change without notice. */
package org.depesche.internal;
