package io.mercato.inventory;

/**
 * A request the inventory refuses, with the stable problem code the API answers.
 */
public abstract class InventoryException extends RuntimeException {

	private final String code;

	protected InventoryException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * Returns the problem code, such as {@code insufficient_stock}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

}
