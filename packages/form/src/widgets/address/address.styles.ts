import { css } from 'lit';

/**
 * The address's parts share lines by content: the postcode is narrow and sits beside the
 * town, which wraps below it when the line is too short (reflow at 320 px, WCAG 1.4.10).
 */
export const addressStyles = css`
  .address {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .address-part {
    flex: 1 1 100%;
    min-width: 0;
  }
  .address-part--postalCode {
    flex: 0 0 8em;
  }
  .address-part--postalCode .input {
    max-width: 8em;
  }
  .address-part--city {
    flex: 1 1 12em;
  }
  .address-part--city .input {
    max-width: 21em;
  }
  .address-search {
    display: block;
    margin: 0 0 var(--_space);
  }
  .address-search-status {
    margin: calc(var(--_space) / 4) 0 0;
  }
  .address-search-status:empty {
    margin: 0;
  }
  .address-search-status--failed {
    font-weight: 700;
  }
`;
