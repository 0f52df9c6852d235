package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authenticated customer's orders as {@code list_orders} answers them, and how the order ids a
 * user mentioned split against them: the ones the agent may act on, and the ones it must refuse.
 * The list answers every field {@code get_order} does, so no second lookup is needed.
 *
 * <pre>{@code OwnOrders own = OwnOrders.from(tools.call("list_orders", args).body());
 * own.latestAmong(List.of("A-5001", "A-5003")) // Optional[A-5001 ...] for C-1001
 * own.othersAmong(List.of("A-5001", "A-5003")) // [A-5003]}</pre>
 */
record OwnOrders(List<OrderDetails> orders) {
    OwnOrders {
        orders = List.copyOf(orders);
    }

    static OwnOrders from(JsonNode listed) {
        List<OrderDetails> orders = new ArrayList<>();
        for (JsonNode order : listed.path("orders")) {
            orders.add(OrderDetails.from(order));
        }
        return new OwnOrders(orders);
    }

    Optional<OrderDetails> find(String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    /** The most recently mentioned of {@code mentioned} (oldest first) that is on the account. */
    Optional<OrderDetails> latestAmong(List<String> mentioned) {
        for (int i = mentioned.size() - 1; i >= 0; i--) {
            Optional<OrderDetails> order = find(mentioned.get(i));
            if (order.isPresent()) {
                return order;
            }
        }
        return Optional.empty();
    }

    /** Those of {@code mentioned} that are not on the account, in the same order. */
    List<String> othersAmong(List<String> mentioned) {
        return mentioned.stream().filter(id -> find(id).isEmpty()).toList();
    }
}
