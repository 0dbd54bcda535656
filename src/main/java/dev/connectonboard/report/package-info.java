/** Report formats shared by the gates (quota check, plan check): the JUnit XML shape CI systems read. */
package dev.connectonboard.report;
