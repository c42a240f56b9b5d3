package io.mercato.catalog;

import java.util.UUID;

/**
 * A shop's products left the public catalog, or came back to it, because the shop's
 * standing changed: an admin withdrew or gave back its verification, or deactivated or
 * reactivated its shopkeeper. Each product keeps its own status; while {@code listed} is
 * false, none of the shop's products can be bought.
 *
 * @param shopkeeperId the shop
 * @param listed whether the shop's published products are public again
 */
public record ShopListingsChanged(UUID shopkeeperId, boolean listed) {

}
