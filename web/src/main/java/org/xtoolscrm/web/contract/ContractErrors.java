package org.xtoolscrm.web.contract;

import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.Texts;

/** Shows the broken rules of a contract, instalment or payment form next to their fields. */
final class ContractErrors {

    private ContractErrors() {
    }

    /** Shows each problem next to the field of the form with the given id that it names. */
    static void show(String formId, InvalidContractException e) {
        for (ContractProblem problem : e.getProblems()) {
            FieldMessages.error(formId, problem.field(), text(problem));
        }
    }

    /** Returns the problem's message in the user's language. */
    static String text(ContractProblem problem) {
        return Texts.get("ContractError." + problem.error().name(), problem.arguments().toArray());
    }
}
