package dev.osuv1;

import java.lang.reflect.Method;

import dev.osuv1.benchmarks.Bodies;

/**
 * Reaches the package-private {@code GeneratedBodies} of the benchmarks' package from core's.
 */
final class GeneratedBodiesAccess {

	private GeneratedBodiesAccess() {
	}

	static Bodies create() {
		try {
			Method create = Class.forName("dev.osuv1.benchmarks.GeneratedBodies").getDeclaredMethod("create");
			create.setAccessible(true);
			return (Bodies) create.invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
