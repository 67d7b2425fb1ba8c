package io.github.toolshed.benchmarks.template;

/** One row of the stocks page, a plain bean every engine can read. */
public final class Stock {
    private final String name;
    private final String name2;
    private final String url;
    private final String symbol;
    private final double price;
    private final double change;
    private final double ratio;

    /**
     * Creates a row.
     *
     * @param name company name
     * @param name2 full company name
     * @param url company site
     * @param symbol ticker symbol
     * @param price share price
     * @param change price change
     * @param ratio change ratio
     */
    public Stock(String name, String name2, String url, String symbol, double price, double change, double ratio) {
        this.name = name;
        this.name2 = name2;
        this.url = url;
        this.symbol = symbol;
        this.price = price;
        this.change = change;
        this.ratio = ratio;
    }

    /** @return company name */
    public String getName() {
        return name;
    }

    /** @return full company name */
    public String getName2() {
        return name2;
    }

    /** @return company site */
    public String getUrl() {
        return url;
    }

    /** @return ticker symbol */
    public String getSymbol() {
        return symbol;
    }

    /** @return share price */
    public double getPrice() {
        return price;
    }

    /** @return price change */
    public double getChange() {
        return change;
    }

    /** @return change ratio */
    public double getRatio() {
        return ratio;
    }
}
