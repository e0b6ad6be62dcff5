-- Opportunity stages are a list of the data dictionary. Each stage has a win
-- probability in percent, which weighs the forecast, and the two final stages record
-- how a deal ended. Other lists leave both columns empty.
ALTER TABLE dictionary_option ADD COLUMN probability INT NULL;
-- WON or LOST (the names of the StageOutcome enum) for a final stage, NULL for an open one
ALTER TABLE dictionary_option ADD COLUMN stage_outcome VARCHAR(8) NULL;

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, probability,
                               stage_outcome, created_at, updated_at, version) VALUES
    ('OPPORTUNITY_STAGE', 'INITIAL_CONTACT', '初步接触', 'Initial contact', 10, TRUE, 10, NULL, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('OPPORTUNITY_STAGE', 'NEEDS_CONFIRMED', '需求确认', 'Needs confirmed', 20, TRUE, 30, NULL, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('OPPORTUNITY_STAGE', 'PROPOSAL', '方案报价', 'Proposal/quote', 30, TRUE, 50, NULL, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('OPPORTUNITY_STAGE', 'NEGOTIATION', '商务谈判', 'Negotiation', 40, TRUE, 70, NULL, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('OPPORTUNITY_STAGE', 'WON', '赢单', 'Won', 50, TRUE, 100, 'WON', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('OPPORTUNITY_STAGE', 'LOST', '输单', 'Lost', 60, TRUE, 0, 'LOST', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);
