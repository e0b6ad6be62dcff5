/*
 * The pipeline board's drop handler. PrimeFaces' droppable calls it with the jQuery UI
 * event and the dragged card. It sends the card's deal and the column's stage to the
 * page's remote command, which moves the deal on the server.
 */
function crmBoardDrop(event, ui) {
    var card = ui.draggable;
    var column = $(event.target);
    if (String(card.data("stage")) === String(column.data("stage"))) {
        return;
    }
    // Dim the card at once, because the board is redrawn only when the server has moved the deal.
    card.addClass("crm-card-moving");
    crmBoardMove([
        {name: "id", value: card.data("id")},
        {name: "version", value: card.data("version")},
        {name: "stage", value: column.data("stage")}
    ]);
}
